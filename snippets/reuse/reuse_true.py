import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer"):
    w = tf.get_variable("w", initializer=tf.constant([1, 2, 3]))

with tf.variable_scope("layer", reuse=True):
    # The existing variable is returned: the initializer given here is not used.
    w_again = tf.get_variable("w", dtype=tf.int32, initializer=tf.constant([7, 8, 9]))
    print(w_again is w)
    #> True
    try:
        tf.get_variable("missing", shape=[])
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable layer/missing does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# With no dtype, tf.get_variable assumes the scope's: float32, unless the scope sets dtype=.
with tf.variable_scope("layer", reuse=True, dtype=tf.int32):
    print(tf.get_variable("w", shape=[3]) is w)
    #> True

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(str(sess.run(w_again)))
    #> [1 2 3]
