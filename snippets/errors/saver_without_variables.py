import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The Saver is made before the model: the graph has no variables yet.
try:
    saver = tf.train.Saver()
except ValueError as e:
    print(type(e).__name__ + ":", str(e))
    #> ValueError: No variables to save

# The model built in a graph of its own, and the Saver made after the `with` block: the Saver looks
# in the default graph, which has no variables.
graph = tf.Graph()
with graph.as_default():
    v = tf.get_variable("v", shape=[2])
try:
    saver = tf.train.Saver()
except ValueError as e:
    print("made outside the block:", e)
    #> made outside the block: No variables to save

# The fix: make the Saver after the variables it saves, in their graph.
w = tf.get_variable("w", shape=[2])
saver = tf.train.Saver()
print(str([v.op.name for v in tf.global_variables()]))
#> ['w']

# Made after some variables and before the others, it raises nothing: it saves only those it found.
with tf.Graph().as_default():
    step = tf.train.get_or_create_global_step()
    early_saver = tf.train.Saver()
    w = tf.get_variable("w", shape=[2])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = early_saver.save(sess, os.path.join(tempfile.mkdtemp(), "model"))
    print("in the checkpoint:", [name for name, _ in tf.train.list_variables(path)])
    #> in the checkpoint: ['global_step']
