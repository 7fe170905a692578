import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.ones([1, 2])
# These call tf.get_variable themselves: the names they give it are in the variable store.
y = tf.layers.dense(x, 1, name="dense")
tf.train.AdamOptimizer().minimize(tf.reduce_sum(y))
tf.train.get_or_create_global_step()
# A Keras layer makes tf.Variables: its names are not.
tf.keras.layers.Dense(1, name="keras_dense")(x)

# An optimizer's slots are stored with a trailing "/": dense/kernel/Adam/, not dense/kernel/Adam.
for name in ("dense/kernel", "global_step", "dense/kernel/Adam/", "dense/kernel/Adam", "keras_dense/kernel"):
    try:
        result = tf.get_variable(name, shape=[]).name
    except ValueError as e:
        result = "ValueError: " + str(e).split(", disallowed")[0]
    print(name, "->", result)
    #> dense/kernel -> ValueError: Variable dense/kernel already exists
    #> global_step -> ValueError: Variable global_step already exists
    #> dense/kernel/Adam/ -> ValueError: Variable dense/kernel/Adam/ already exists
    #> dense/kernel/Adam -> dense/kernel/Adam_2:0
    #> keras_dense/kernel -> keras_dense/kernel_1:0
