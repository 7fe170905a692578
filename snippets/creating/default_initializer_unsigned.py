import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# uint32 and uint64 get zeros too on TensorFlow 2.21.0; on 1.15.5 a reference variable (the
# TF1 default) of these dtypes cannot be initialized: there is no kernel to assign it on the CPU.
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

# A resource variable is assigned by another kernel: made from a tensor, it is initialized on
# 1.15.5 too; made by an initializer, it is not.
made = {
    "tf.Variable": lambda: tf.Variable(tf.constant([1, 2], tf.uint32), use_resource=True),
    "tf.get_variable": lambda: tf.get_variable("v", initializer=tf.constant([1, 2], tf.uint64), use_resource=True),
    "ones_initializer": lambda: tf.get_variable("v", [2], tf.uint32, tf.ones_initializer(), use_resource=True),
}
for how, make in made.items():
    with tf.Graph().as_default():
        v = make()
        with tf.Session() as sess:
            try:
                sess.run(v.initializer)
                print("resource,", how, v.dtype.name, str(sess.run(v)))
                #> resource, tf.Variable uint32 [1 2]
                #> resource, tf.get_variable uint64 [1 2]
                #> resource, ones_initializer uint32 [1 1]
            except tf.errors.InvalidArgumentError as e:
                print("resource,", how, v.dtype.name, type(e).__name__ + ":", e.message.split(" (defined at")[0])
