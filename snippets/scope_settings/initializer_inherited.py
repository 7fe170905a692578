import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("other") as other:
    pass

with tf.variable_scope("a", initializer=tf.constant_initializer(3.0)):
    a = tf.get_variable("a", shape=[])
    with tf.variable_scope("sub"):  # a sub-scope opened by name inherits it
        sub = tf.get_variable("sub", shape=[])
        given = tf.get_variable("given", shape=[], initializer=tf.zeros_initializer())  # the call's own wins
    with tf.variable_scope(None, default_name="block"):  # so does one opened with default_name
        block = tf.get_variable("block", shape=[])
    with tf.variable_scope("ones", initializer=tf.ones_initializer()):  # a sub-scope may set its own
        ones = tf.get_variable("ones", shape=[])
    with tf.variable_scope(other):  # a captured scope object keeps its own: none
        o = tf.get_variable("o", shape=[])
    # It is used for every dtype: 3.0 does not fit an int32 variable.
    try:
        tf.get_variable("n", shape=[], dtype=tf.int32)
    except TypeError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> TypeError: Expected int32, but got 3.0 of type 'float'.

with tf.variable_scope("a"):  # entered again by name, without initializer=: the default again
    again = tf.get_variable("again", shape=[])

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in (a, sub, given, ones, block):
        print(v.op.name, str(sess.run(v)))
        #> a/a 3.0
        #> a/sub/sub 3.0
        #> a/sub/given 0.0
        #> a/ones/ones 1.0
        #> a/block/block 3.0
for v in (o, again):
    print(v.op.name, "is made by", v.initial_value.op.name)  # Glorot uniform, the default
    #> other/o is made by other/o/Initializer/random_uniform
    #> a/again is made by a/again/Initializer/random_uniform
