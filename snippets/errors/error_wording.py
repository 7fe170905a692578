import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer"):
    tf.get_variable("w", shape=[])
    try:
        tf.get_variable("w", shape=[])
    except ValueError as e:
        print(f"ValueError: {str(e).splitlines()[0]}")
        #> ValueError: Variable layer/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
with tf.variable_scope("layer", reuse=True):
    try:
        tf.get_variable("b", shape=[])
    except ValueError as e:
        print(f"ValueError: {e}")
        #> ValueError: Variable layer/b does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
