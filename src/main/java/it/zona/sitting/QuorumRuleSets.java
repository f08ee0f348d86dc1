package it.zona.sitting;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuorumRuleSets extends JpaRepository<QuorumRules, Long> {}
