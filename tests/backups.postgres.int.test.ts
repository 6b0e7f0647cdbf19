import { backupSuite } from './backups'
import { createPostgresDatabase } from './helpers/databases'

backupSuite('postgres', () => createPostgresDatabase('mfa_faults'))
