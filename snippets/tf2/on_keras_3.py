# tf2-only: Keras 3 came with TensorFlow 2.16
import os

os.environ.pop("TF_USE_LEGACY_KERAS", None)  # Keras 3, TensorFlow's default since 2.16: no tf-keras

import keras
import tensorflow as tf

print("Keras", keras.__version__.split(".")[0])
#> Keras 3

# The shared layer works the same; its variables' names do not carry the layer's name.
dense = tf.keras.layers.Dense(units=2, name="dense")
h11 = dense(tf.constant([[1.0, 2.0, 3.0]]))
h12 = dense(tf.constant([[2.0, 4.0, 6.0]]))
print("the second is twice the first:", bool((h12 == 2 * h11).numpy().all()))
#> the second is twice the first: True
print("names:", [var.name for var in dense.trainable_variables])
#> names: ['kernel', 'bias']
print("paths:", [var.path for var in dense.trainable_variables])
#> paths: ['dense/kernel', 'dense/bias']

# The decorator that keeps scope-based code in a layer is part of tf-keras only.
try:
    tf.compat.v1.keras.utils.track_tf1_style_variables
except AttributeError as e:
    print(type(e).__name__ + ":", e)
    #> AttributeError: module 'keras.utils' has no attribute 'track_tf1_style_variables'
