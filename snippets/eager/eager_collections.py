import tensorflow.compat.v1 as tf  # TF2 behaviour left on: eager execution

v = tf.Variable(1.0, name="v")
w = tf.get_variable("w", shape=[], initializer=tf.zeros_initializer())

# Variables made eagerly are in no collection.
print(tf.global_variables(), tf.trainable_variables())
#> [] []
print(tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES))
#> []
# The initializer does nothing: the variables already hold their values.
print(tf.global_variables_initializer(), v.numpy(), w.numpy())
#> None 1.0 0.0
# A collection you fill yourself still works.
tf.add_to_collection("mine", v)
print([var.name for var in tf.get_collection("mine")])
#> ['v:0']
