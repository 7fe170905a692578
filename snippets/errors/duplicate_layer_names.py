import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras as Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, name="dense")(inputs)
try:
    outputs = tf.keras.layers.Dense(1, name="dense")(hidden)  # the name of the first layer
    tf.keras.Model(inputs, outputs)
except ValueError as e:
    print(type(e).__name__ + ":", str(e))
    #> ValueError: The name "dense" is used 2 times in the model. All layer names should be unique.

# The fix: a name of its own for each layer.
outputs = tf.keras.layers.Dense(1, name="output")(hidden)
model = tf.keras.Model(inputs, outputs)
print(str([layer.name for layer in model.layers]))
#> ['input_1', 'dense', 'output']
