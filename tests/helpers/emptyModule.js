const emptyModule = {}

export default emptyModule
