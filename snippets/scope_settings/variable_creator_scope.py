import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

seen = []


def record(next_creator, **kwargs):
    seen.append(kwargs["name"])
    return next_creator(**kwargs)


# Unlike a custom_getter, a creator sees tf.Variable too, and only variables being created.
with tf.variable_creator_scope(record):
    tf.Variable(1.0, name="plain")
    with tf.variable_scope("vs"):
        got = tf.get_variable("got", shape=[])
    with tf.variable_scope("vs", reuse=True):
        tf.get_variable("got", shape=[])  # reused: nothing is created
print(seen)
#> ['plain', 'vs/got']

# The name it is given: the full name from tf.get_variable; the name as passed from tf.Variable,
# whatever the scope; slots with a trailing "/".
seen.clear()
with tf.variable_creator_scope(record):
    with tf.name_scope("ns"):
        in_name_scope = tf.Variable(1.0, name="in_ns")
    with tf.variable_scope("vs"):
        in_variable_scope = tf.Variable(1.0, name="tv")
    tf.train.MomentumOptimizer(0.1, 0.9).minimize(got * got)
print(seen, in_name_scope.name, in_variable_scope.name)
#> ['in_ns', 'tv', 'vs/got/Momentum/'] ns/in_ns:0 vs_2/tv:0
