package it.zona.participation;

import org.springframework.data.jpa.repository.JpaRepository;

interface TablesCoordinators extends JpaRepository<TablesCoordinator, Long> {}
