package it.zona.participation.tables;

import org.springframework.data.jpa.repository.JpaRepository;

interface TablesCoordinators extends JpaRepository<TablesCoordinator, Long> {}
