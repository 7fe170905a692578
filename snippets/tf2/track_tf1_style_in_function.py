# tf2-only: track_tf1_style_variables is part of tf-keras for TensorFlow 2; 1.15.5 has none

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.compat.v1.keras needs tf-keras

import tensorflow as tf

x = tf.ones([1, 3])


class Unnamed(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        return tf.compat.v1.layers.dense(x, 2)


class InScope(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("net"):
            return tf.compat.v1.layers.dense(x, 2)


class WithVariable(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        counter = tf.Variable(0.0, name="counter")  # not tracked: made again by every trace
        return tf.compat.v1.layers.dense(x, 2, name="fc") * counter


# In a tf.function (as model.fit runs the layer), the first call is traced twice: the second
# trace makes dense_1, a new variable, and the call raises; so does a tf.Variable made in the call.
for layer in [Unnamed(), WithVariable(), InScope()]:
    step = tf.function(lambda x: layer(x))
    try:
        step(x)
        step(x)
        result = f"works: {sorted(v.name for v in layer.weights if 'kernel' in v.name)}"
    except ValueError as e:
        message = [line.strip() for line in str(e).splitlines() if "tf.function only supports" in line]
        result = "ValueError: " + message[0].split(". Make sure")[0]
    print(type(layer).__name__, result)
    #> Unnamed ValueError: tf.function only supports singleton tf.Variables created on the first call
    #> WithVariable ValueError: tf.function only supports singleton tf.Variables created on the first call
    #> InScope works: ['net/dense/kernel:0']

# The same under model.fit.
for cls in [Unnamed, WithVariable, InScope]:
    inputs = tf.keras.Input(shape=(3,))
    model = tf.keras.Model(inputs, cls()(inputs))
    model.compile(optimizer="sgd", loss="mse")
    try:
        model.fit(tf.ones([4, 3]), tf.ones([4, 2]), epochs=1, verbose=0)
        result = f"fits: {sorted(v.name for v in model.weights if 'kernel' in v.name)}"
    except ValueError as e:
        result = f"ValueError in fit: {'tf.function only supports singleton tf.Variables' in str(e)}"
    print(cls.__name__, result)
    #> Unnamed ValueError in fit: True
    #> WithVariable ValueError in fit: True
    #> InScope fits: ['net/dense/kernel:0']
