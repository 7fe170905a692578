import os
import subprocess
import sys

# tf.keras is Keras 3 unless TF_USE_LEGACY_KERAS is set before TensorFlow is first imported:
# so run this in a new Python, without it.
keras_3_code = """
import os
import tempfile

import tensorflow as tf

try:
    tf.compat.v1.keras.utils.track_tf1_style_variables
except AttributeError as e:
    print(type(e).__name__ + ":", e)


class Untracked(tf.keras.layers.Layer):
    def call(self, x):  # TF1 code, without the decorator
        w = tf.compat.v1.get_variable("w", shape=[3, 2], initializer=tf.compat.v1.ones_initializer())
        return tf.matmul(x, w)


untracked = Untracked()
untracked(tf.ones([1, 3]))
print("variables the layer tracks:", untracked.weights)


class Dense(tf.keras.layers.Layer):
    def build(self, input_shape):  # explicit variables, made once
        self.kernel = self.add_weight(shape=(input_shape[-1], 2), initializer="ones", name="kernel")
        self.bias = self.add_weight(shape=(2,), initializer="zeros", name="bias")

    def call(self, x):
        return tf.matmul(x, self.kernel) + self.bias


fc = Dense(name="fc")
print(fc(tf.ones([1, 3])).numpy(), [v.path for v in fc.weights])
with tempfile.TemporaryDirectory() as folder:
    path = tf.train.Checkpoint(model=fc).write(os.path.join(folder, "ckpt"))
    for name, shape in tf.train.list_variables(path):
        print(name, shape)
"""
env = {name: value for name, value in os.environ.items() if name != "TF_USE_LEGACY_KERAS"}
run = subprocess.run([sys.executable, "-c", keras_3_code], env=env, capture_output=True, text=True)
for line in run.stdout.splitlines():
    print(line)
    #> AttributeError: module 'keras.utils' has no attribute 'track_tf1_style_variables'
    #> variables the layer tracks: []
    #> [[3. 3.]] ['fc/kernel', 'fc/bias']
    #> _CHECKPOINTABLE_OBJECT_GRAPH []
    #> model/bias/.ATTRIBUTES/VARIABLE_VALUE [2]
    #> model/kernel/.ATTRIBUTES/VARIABLE_VALUE [3, 2]
