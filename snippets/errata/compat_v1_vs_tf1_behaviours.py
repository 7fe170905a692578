import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A few behaviours differ too. Back at the top with tf.name_scope(None), the current name scope:
with tf.name_scope(None):
    print("get_name_scope():", repr(tf.get_default_graph().get_name_scope()))
    #> get_name_scope(): ''

# A uint32 variable given only a shape: zeros on TensorFlow 2; on 1.15.5 it cannot be initialized.
v = tf.get_variable("v", shape=[2], dtype=tf.uint32)
with tf.Session() as sess:
    try:
        sess.run(v.initializer)
        print("uint32:", str(sess.run(v)))
        #> uint32: [0 0]
    except tf.errors.InvalidArgumentError as e:
        print("uint32:", type(e).__name__ + ":", e.message.split(" (defined at")[0])
