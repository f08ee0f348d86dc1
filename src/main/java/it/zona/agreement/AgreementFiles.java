package it.zona.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementFiles extends JpaRepository<AgreementFile, Long> {}
