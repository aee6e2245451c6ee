package lync.core;

/** All the seams at once: what the core is given to run (see {@link Ports}). */
public interface Platform
    extends Ports.Registry, Ports.Credentials, Ports.Network, Ports.Timers, Ports.Desktop, Ports.Diagnostics,
        Ports.ContactCache, Ports.Outlook {}
