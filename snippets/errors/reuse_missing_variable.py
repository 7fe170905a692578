import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer", reuse=True):
    try:
        w = tf.get_variable("w", shape=[])
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable layer/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
