import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("vs"):
    v = tf.Variable(1.0, name="v")
    g = tf.get_variable("g", shape=[], initializer=tf.ones_initializer())

with tf.variable_scope("vs", reuse=True):
    v_again = tf.Variable(2.0, name="v")  # reuse does not reach tf.Variable: a new one
    g_again = tf.get_variable("g")
    print(v_again.name, v_again is v, "|", g_again.name, g_again is g)
    #> vs_1/v:0 False | vs/g:0 True
    # tf.get_variable does not find a variable that tf.Variable made.
    try:
        tf.get_variable("v")
    except ValueError as e:
        print(f"ValueError: {e}")
        #> ValueError: Variable vs/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
print(len(tf.global_variables()))
#> 3
