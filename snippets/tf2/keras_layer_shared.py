# tf2-only: tf.keras.utils.set_random_seed came with TensorFlow 2.7
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras is tf-keras, as for tf.compat.v1.layers

import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # Python, NumPy and TensorFlow seeds at once

# The article's shared Dense layer: in TF2, call the same layer object on both inputs.
dense = tf.keras.layers.Dense(units=2, name="dense")
h11 = dense(tf.constant([[1.0, 2.0, 3.0]]))
h12 = dense(tf.constant([[2.0, 4.0, 6.0]]))
print(str(h11.numpy()), str(h12.numpy()))
#> [[ 0.82877755 -4.2012405 ]] [[ 1.6575551 -8.402481 ]]
print("the second is twice the first:", bool((h12 == 2 * h11).numpy().all()))
#> the second is twice the first: True
print([var.name for var in dense.trainable_variables])
#> ['dense/kernel:0', 'dense/bias:0']
