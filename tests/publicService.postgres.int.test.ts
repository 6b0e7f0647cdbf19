import { createPostgresDatabase } from './helpers/databases'
import { publicServiceSuite } from './publicService'

publicServiceSuite('postgres', createPostgresDatabase)
