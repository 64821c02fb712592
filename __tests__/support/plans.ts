export { generatedPlan, generatedPlanObject } from '../../sim/plan-generator.js'
