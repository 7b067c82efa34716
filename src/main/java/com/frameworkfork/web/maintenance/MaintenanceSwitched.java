package com.frameworkfork.web.maintenance;

import com.frameworkfork.web.PublicContentChanged;

/** Maintenance mode went on or off; every page carries the banner, or lacks it, as it was rendered. */
record MaintenanceSwitched(boolean enabled) implements PublicContentChanged {
}
