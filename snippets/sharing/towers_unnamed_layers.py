import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):  # unnamed layers, in no variable scope of its own
    return tf.layers.dense(tf.layers.dense(x, 3), 1)


x = tf.constant([[1.0, 2.0], [3.0, 4.0]])

# Inside the block, the towers are built in one entry of the root scope: the second tower's
# layers are numbered on, dense_2 and dense_3, which reuse does not find.
try:
    with tf.variable_scope(tf.get_variable_scope()):
        for i in range(2):
            with tf.name_scope("tower_%d" % i):
                model(x[i:i + 1])
                tf.get_variable_scope().reuse_variables()
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable dense_2/kernel does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# After the block, the root scope's count of names is back where it was at its entry:
# the next unnamed layer is dense again, which the model made.
tf.reset_default_graph()
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
with tf.variable_scope(tf.get_variable_scope()):
    y = model(x)
try:
    tf.layers.dense(y, 1)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable dense/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
