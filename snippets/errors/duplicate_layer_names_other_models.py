import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras as Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def two_dense():
    return [tf.keras.layers.Dense(4, name="dense"), tf.keras.layers.Dense(1, name="dense")]


# A Sequential model checks the names too, in words of its own on TensorFlow 2.21.0.
try:
    tf.keras.Sequential([tf.keras.Input(shape=(3,))] + two_dense())
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" Update the")[0])
    #> ValueError: All layers added to a Sequential model should have unique names. Name "dense" is already the name of a layer in this model.

# Without an input shape, TensorFlow 2.21.0 raises the same; 1.15.5 builds the model at its first call.
try:
    model = tf.keras.Sequential(two_dense())
    model(tf.ones([2, 3]))
    print("Sequential without an input shape:", [w.name for w in model.weights if "kernel" in w.name])
except ValueError as e:
    print(type(e).__name__ + ":", str(e).split(" Update the")[0])
    #> ValueError: All layers added to a Sequential model should have unique names. Name "dense" is already the name of a layer in this model.


# A subclassed model does not check the names of its layers: no error, two sets of weights.
class TwoDense(tf.keras.Model):
    def __init__(self):
        super().__init__(name="two_dense")
        self.first, self.second = two_dense()

    def call(self, x):
        return self.second(self.first(x))


model = TwoDense()
model(tf.ones([2, 3]))
print("subclassed:", [w.name for w in model.weights if "kernel" in w.name])
#> subclassed: ['two_dense/dense/kernel:0', 'two_dense/dense_1/kernel:0']
