import { createPostgresDatabase } from './helpers/databases'
import { publicServiceSuite } from './publicService/index'

publicServiceSuite('postgres', createPostgresDatabase)
