import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The Saver is made before the model: the graph has no variables yet.
try:
    saver = tf.train.Saver()
except ValueError as e:
    print(type(e).__name__ + ":", str(e))
    #> ValueError: No variables to save

# The fix: make the Saver after the variables it saves.
w = tf.get_variable("w", shape=[2])
saver = tf.train.Saver()
print(str([v.op.name for v in tf.global_variables()]))
#> ['w']
