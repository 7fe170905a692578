import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def dense(x):
    w = tf.get_variable("w", shape=[2, 1])
    return tf.matmul(x, w)


def dense_auto_reuse(x):
    with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
        return dense(x)


x = tf.zeros([1, 2])

# AUTO_REUSE shares by name: called inside another scope, the name differs, and a second set is made.
dense_auto_reuse(x)
with tf.variable_scope("tower"):
    dense_auto_reuse(x)
print([v.name for v in tf.global_variables()])
#> ['auto/w:0', 'tower/auto/w:0']

# tf.make_template keeps the variable scope of its first call, and enters it on every later call.
shared_dense = tf.make_template("shared", dense)
ops = [shared_dense(x)]
with tf.variable_scope("tower"):
    ops.append(shared_dense(x))
ops.append(shared_dense(x))
print([v.name for v in shared_dense.variables])
#> ['shared/w:0']
print([op.op.name for op in ops])  # each call's ops are new, in a name scope of their own
#> ['shared/MatMul', 'tower_1/shared/MatMul', 'shared_1/MatMul']

# A second template, even of the same name and function, has a scope and variables of its own.
other_dense = tf.make_template("shared", dense)
other_dense(x)
print([v.name for v in other_dense.variables])
#> ['shared_1/w:0']


# A template catches tf.Variable, which cannot be shared, on the second call.
def scale(x):
    return x * tf.Variable(1.0, name="v")


shared_scale = tf.make_template("scale", scale)
shared_scale(x)
try:
    shared_scale(x)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Trainable variable created when calling a template after the first time, perhaps you used tf.Variable when you meant tf.get_variable: [<tf.Variable 'scale_1/v:0' shape=() dtype=float32_ref>]


# A tf.Variable that is not trainable raises nothing: each call makes one more.
def count(x):
    tf.Variable(0, trainable=False, name="calls")
    return x


counted = tf.make_template("count", count)
counted(x)
counted(x)
print([v.op.name for v in tf.global_variables(scope="count")])
#> ['count/calls', 'count_1/calls']
