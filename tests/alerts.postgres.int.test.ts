import { alertsSuite } from './alerts'
import { createPostgresDatabase } from './helpers/databases'

alertsSuite('postgres', createPostgresDatabase)
