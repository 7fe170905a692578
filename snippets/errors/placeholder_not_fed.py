import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[2], name="x")
y = x * 2
with tf.Session() as sess:
    try:
        sess.run(y)
    except tf.errors.InvalidArgumentError as e:
        # The message also names the file and line that made the placeholder: print the cause.
        cause = next(line for line in e.message.splitlines() if "must feed" in line)
        print(type(e).__name__ + ":", cause)
        #> InvalidArgumentError: You must feed a value for placeholder tensor 'x' with dtype float and shape [2]
