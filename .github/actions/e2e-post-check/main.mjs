// Nothing to do before the other steps: this action exists for its post step.
console.log('e2e post-step check armed: it runs after the action under test has run its post steps')
