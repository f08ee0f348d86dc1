package it.zona.budget;

import org.springframework.data.jpa.repository.JpaRepository;

interface CofundingRules extends JpaRepository<CofundingRule, Long> {}
