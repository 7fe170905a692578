import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

v = tf.Variable([1, 2], name="v")
with tf.Session() as sess:
    try:
        sess.run(v)
    except tf.errors.FailedPreconditionError as e:
        # The message also names the file and line that made the variable: print the cause.
        cause = next(line for line in e.message.splitlines() if "uninitialized" in line)
        print(type(e).__name__ + ":", cause)
        #> FailedPreconditionError: Attempting to use uninitialized value v
