import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# uint32 and uint64 get zeros too on TensorFlow 2.21.0; on 1.15.5 a variable of these
# dtypes cannot be initialized: there is no kernel to assign it on the CPU.
for dtype in [tf.uint8, tf.uint16, tf.uint32, tf.uint64]:
    with tf.Graph().as_default():
        v = tf.get_variable("v", shape=[2], dtype=dtype)
        with tf.Session() as sess:
            try:
                sess.run(tf.global_variables_initializer())
                print(dtype.name, str(sess.run(v)))
                #> uint8 [0 0]
                #> uint16 [0 0]
                #> uint32 [0 0]
                #> uint64 [0 0]
            except tf.errors.InvalidArgumentError as e:
                print(dtype.name, type(e).__name__ + ":", e.message.split(" (defined at")[0])

# An initializer of its own does not help on 1.15.5: the Assign is the same.
with tf.Graph().as_default():
    v = tf.get_variable("v", shape=[2], dtype=tf.uint32, initializer=tf.ones_initializer())
    with tf.Session() as sess:
        try:
            sess.run(tf.global_variables_initializer())
            print("uint32, ones_initializer", str(sess.run(v)))
            #> uint32, ones_initializer [1 1]
        except tf.errors.InvalidArgumentError as e:
            print("uint32, ones_initializer", type(e).__name__ + ":", e.message.split(" (defined at")[0])
