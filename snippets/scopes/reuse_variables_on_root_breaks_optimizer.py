import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):
    with tf.variable_scope("conv1"):
        w = tf.get_variable("weights", shape=[2, 1])
    return tf.matmul(x, w)


x = tf.placeholder(tf.float32, shape=[None, 2])
with tf.variable_scope("train") as train_scope:  # captured before reuse is turned on
    pass

# The pattern of the first source article: reuse turned on at the root, between two calls.
y1 = model(x)
tf.get_variable_scope().reuse_variables()
y2 = model(x)
loss = tf.reduce_sum(y1 + y2)

# Reuse stays on for the rest of the graph: Adam cannot create its slot variables.
try:
    tf.train.AdamOptimizer().minimize(loss)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable conv1/weights/Adam/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

try:
    tf.train.MomentumOptimizer(0.1, momentum=0.9).minimize(loss)
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable conv1/weights/Momentum/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# Plain gradient descent makes no slot variables, so it raises nothing: reuse is still on.
tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print("reuse still on:", tf.get_variable_scope().reuse)
#> reuse still on: True

# Nor can anything else made through tf.get_variable afterwards.
try:
    tf.train.get_or_create_global_step()
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable global_step does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# Only a scope opened with reuse=tf.AUTO_REUSE may still create ...
with tf.variable_scope("step", reuse=tf.AUTO_REUSE):
    print(tf.get_variable("count", shape=[]).name)
    #> step/count:0
# ... or a scope object captured before reuse was turned on: it keeps its own reuse.
with tf.variable_scope(train_scope):
    tf.train.AdamOptimizer().minimize(loss)
print(sorted(v.name for v in tf.global_variables() if "Adam" in v.name))
#> ['train/conv1/weights/Adam:0', 'train/conv1/weights/Adam_1:0']
