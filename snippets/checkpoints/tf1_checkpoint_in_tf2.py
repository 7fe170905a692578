# tf2-only: a TF1 checkpoint read by TF2 code, through track_tf1_style_variables (TensorFlow 2.7)
import os
import tempfile

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf-keras, for track_tf1_style_variables

import tensorflow as tf  # TF2: eager

folder = tempfile.TemporaryDirectory()
checkpoint = os.path.join(folder.name, "model.ckpt")
with tf.Graph().as_default():  # a TF1 checkpoint, written by a Saver
    with tf.compat.v1.variable_scope("dense"):
        tf.compat.v1.get_variable("kernel", initializer=[[1.0], [2.0]])
        tf.compat.v1.get_variable("bias", initializer=[0.5])
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(sess, checkpoint)

# The names and shapes in it, and a value by its name:
print(tf.train.list_variables(checkpoint))
#> [('dense/bias', [1]), ('dense/kernel', [2, 1])]
reader = tf.train.load_checkpoint(checkpoint)
print(reader.get_tensor("dense/kernel").tolist())
#> [[1.0], [2.0]]

x = tf.constant([[1.0, 1.0]])

# A Keras layer: assign each weight the value saved under its name (without ":0").
layer = tf.keras.layers.Dense(1)
layer(x)  # builds the weights, named dense/kernel:0, dense/bias:0
for weight in layer.weights:
    weight.assign(reader.get_tensor(weight.name[: -len(":0")]))
print([w.name for w in layer.weights], layer(x).numpy().tolist())
#> ['dense/kernel:0', 'dense/bias:0'] [[3.5]]


# The TF1 code kept in a layer: its variables have the TF1 names, so the same loop works.
class TF1Dense(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, inputs):
        with tf.compat.v1.variable_scope("dense"):
            kernel = tf.compat.v1.get_variable("kernel", shape=[2, 1])
            bias = tf.compat.v1.get_variable("bias", shape=[1])
        return tf.matmul(inputs, kernel) + bias


kept = TF1Dense()
kept(x)
for weight in kept.weights:
    weight.assign(reader.get_tensor(weight.name[: -len(":0")]))
print(sorted(w.name for w in kept.weights), kept(x).numpy().tolist())
#> ['dense/bias:0', 'dense/kernel:0'] [[3.5]]

# tf.train.Checkpoint reads a TF1 checkpoint by the variables' names: these match,
kept_2 = TF1Dense()
kept_2(x)
status = tf.train.Checkpoint(layer=kept_2).restore(checkpoint)
print(kept_2(x).numpy().tolist(), type(status).__name__)
#> [[3.5]] NameBasedSaverStatus
status.assert_existing_objects_matched()  # passes
# a second Dense layer's do not (dense_1/...), and restore() raises nothing;
other = tf.keras.layers.Dense(1)
other(x)
status = tf.train.Checkpoint(layer=other).restore(checkpoint)
print([w.name for w in other.weights], other.bias.numpy().tolist())
#> ['dense_1/kernel:0', 'dense_1/bias:0'] [0.0]
# the status it returns says so when asked.
try:
    status.assert_existing_objects_matched()
except AssertionError as e:
    print("AssertionError:", str(e).splitlines()[0].strip())
    #> AssertionError: Some objects had attributes which were not restored:

# restore() before the kept layer's first call: its variables are made after the restore, and
# keep their initial values; a Keras layer built after restore() takes the saved ones.
late = TF1Dense()
status = tf.train.Checkpoint(layer=late).restore(checkpoint)
late(x)
print(str([bool((w.numpy() == reader.get_tensor(w.name[: -len(":0")])).all()) for w in late.weights]))
#> [False, False]
try:
    status.assert_existing_objects_matched()
except AssertionError as e:
    print("AssertionError:", str(e).split(":")[0])
    #> AssertionError: Object not restored
late_dense = tf.keras.layers.Dense(1, name="dense")
tf.train.Checkpoint(layer=late_dense).restore(checkpoint)
late_dense(x)
print(str([bool((w.numpy() == reader.get_tensor(w.name[: -len(":0")])).all()) for w in late_dense.weights]))
#> [True, True]
folder.cleanup()
