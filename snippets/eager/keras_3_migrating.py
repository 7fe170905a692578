# tf2-only: Keras 3 came with TensorFlow 2.16
import os
import tempfile

os.environ.pop("TF_USE_LEGACY_KERAS", None)  # Keras 3, TensorFlow's default since 2.16: no tf-keras

import tensorflow as tf

try:
    tf.compat.v1.keras.utils.track_tf1_style_variables
except AttributeError as e:
    print(type(e).__name__ + ":", e)
    #> AttributeError: module 'keras.utils' has no attribute 'track_tf1_style_variables'


class Untracked(tf.keras.layers.Layer):
    def call(self, x):  # TF1 code, without the decorator
        w = tf.compat.v1.get_variable("w", shape=[3, 2], initializer=tf.compat.v1.ones_initializer())
        return tf.matmul(x, w)


untracked = Untracked()
untracked(tf.ones([1, 3]))
print("variables the layer tracks:", untracked.weights)
#> variables the layer tracks: []


class Dense(tf.keras.layers.Layer):
    def build(self, input_shape):  # explicit variables, made once
        self.kernel = self.add_weight(shape=(input_shape[-1], 2), initializer="ones", name="kernel")
        self.bias = self.add_weight(shape=(2,), initializer="zeros", name="bias")

    def call(self, x):
        return tf.matmul(x, self.kernel) + self.bias


fc = Dense(name="fc")
print(fc(tf.ones([1, 3])).numpy(), [v.path for v in fc.weights])
#> [[3. 3.]] ['fc/kernel', 'fc/bias']
with tempfile.TemporaryDirectory() as folder:
    path = tf.train.Checkpoint(model=fc).write(os.path.join(folder, "ckpt"))
    for name, shape in tf.train.list_variables(path):
        print(name, shape)
        #> _CHECKPOINTABLE_OBJECT_GRAPH []
        #> model/bias/.ATTRIBUTES/VARIABLE_VALUE [2]
        #> model/kernel/.ATTRIBUTES/VARIABLE_VALUE [3, 2]
