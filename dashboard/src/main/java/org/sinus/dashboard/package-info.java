/**
 * The live dashboard of a run: a small Vert.x HTTP server and the web page it serves.
 *
 * <p>A run starts a {@link org.sinus.dashboard.DashboardServer}, publishes a
 * {@link org.sinus.engine.trial.RunSnapshot} after every finished partition and closes the server at the end.
 * The page receives each snapshot as a Server-Sent Event and draws it with inline SVG; no build step, no
 * third-party script.
 *
 * <p>This package depends only on engine's result records ({@code org.sinus.engine.trial}) and on Vert.x. It must
 * not depend on Spark, Arrow, cohorts or the jobs module; the module's enforcer rules keep Spark and Arrow out.
 *
 * <p>Safe by default: the server binds the loopback address, serves a fixed list of its own files from the jar,
 * and requires a token on every request whenever it listens on any other address.
 */
package org.sinus.dashboard;
