import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def dense(x):
    w = tf.get_variable("w", shape=[2, 1])
    return tf.matmul(x, w)


x = tf.zeros([1, 2])

# In one entry of "outer", a second template of the same name gets shared_1.
with tf.variable_scope("outer"):
    for _ in range(2):
        template = tf.make_template("shared", dense)
        template(x)
        print([v.name for v in template.variables])
        #> ['outer/shared/w:0']
        #> ['outer/shared_1/w:0']

# In the next entry of "outer" the count starts again: shared, which exists.
with tf.variable_scope("outer"):
    try:
        tf.make_template("shared", dense)(x)
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable outer/shared/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:

# The same at the top level, after a template first called inside a block that entered
# the root scope again: leaving the block restored the count.
with tf.variable_scope(tf.get_variable_scope()):
    tf.make_template("top", dense)(x)
try:
    tf.make_template("top", dense)(x)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable top/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:

# In a later entry of a scope that reuses, it raises nothing: the second template, named
# shared again, finds the first one's variable and takes it.
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    first = tf.make_template("shared", dense)
    first(x)
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE):
    second = tf.make_template("shared", dense)
    second(x)
print([v.name for v in second.variables], "| the first template's:", second.variables[0] is first.variables[0])
#> ['auto/shared/w:0'] | the first template's: True

# For a second set of variables, give the second template a name of its own.
with tf.variable_scope("outer"):
    other = tf.make_template("other", dense)
    other(x)
print([v.name for v in other.variables])
#> ['outer/other/w:0']
