import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

v = tf.Variable([1, 2], name="v")
r = tf.get_variable("r", shape=[2], use_resource=True)  # a resource variable, as TF2 makes
with tf.Session() as sess:
    try:
        sess.run(v)
    except tf.errors.FailedPreconditionError as e:
        # The message also names the file and line that made the variable: print the cause.
        cause = next(line for line in e.message.splitlines() if "uninitialized" in line)
        print(type(e).__name__ + ":", cause)
        #> FailedPreconditionError: Attempting to use uninitialized value v
        print("its first line:", e.message.splitlines()[0])
        #> its first line: Graph execution error:
    try:
        sess.run(r)
    except tf.errors.FailedPreconditionError as e:
        cause = next(line for line in e.message.splitlines() if "could mean" in line)
        print(type(e).__name__ + ":", cause)
        #> FailedPreconditionError: Could not find variable r. This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized. Debug info: container=localhost, status error message=Resource localhost/r/N10tensorflow3VarE does not exist.
