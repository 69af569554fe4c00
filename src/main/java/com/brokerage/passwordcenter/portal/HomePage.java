package com.brokerage.passwordcenter.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's landing page: the three journeys and the manual's notes. */
@Controller
class HomePage {

	@GetMapping("/")
	String home(@RequestParam(required = false) String problem, Model model) {
		// a code set by the CSRF failure handler, never free text from the URL
		model.addAttribute("problem", PortalModelAdvice.PROBLEM_SESSION.equals(problem));
		return "portal/home";
	}

}
