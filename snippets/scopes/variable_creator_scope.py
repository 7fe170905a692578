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
        tf.get_variable("got", shape=[])
    with tf.variable_scope("vs", reuse=True):
        tf.get_variable("got", shape=[])  # reused: nothing is created
print(seen)
#> ['plain', 'vs/got']
