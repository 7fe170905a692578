# tf2-only: Keras 3 came with TensorFlow 2.16

import os

os.environ.pop("TF_USE_LEGACY_KERAS", None)  # Keras 3, TensorFlow's default since 2.16: its names

import tensorflow as tf


# Two Dense layers inside a layer of your own, built in its first call ...
class Outer(tf.keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.a = tf.keras.layers.Dense(2, name="a")
        self.b = tf.keras.layers.Dense(2, name="b")

    def call(self, x):
        return self.b(self.a(x))


# ... or built in its build().
class OuterBuilt(Outer):
    def build(self, input_shape):
        self.a.build(input_shape)
        self.b.build((None, 2))


for outer in [Outer(name="outer"), OuterBuilt(name="built")]:
    outer(tf.ones([1, 3]))
    for kernel in [outer.a.kernel, outer.b.kernel]:
        print("path:", kernel.path, "| tf.Variable:", kernel.value.name)
        #> path: outer/a/kernel | tf.Variable: outer/kernel:0
        #> path: outer/b/kernel | tf.Variable: outer/kernel:0
        #> path: built/a/kernel | tf.Variable: built/a/kernel:0
        #> path: built/b/kernel | tf.Variable: built/b/kernel:0
