import tensorflow as tf

traces = []


@tf.function
def without_reuse(x):
    traces.append("without_reuse")
    w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


try:
    without_reuse(tf.constant(1.0))
except AttributeError as e:
    # The message's last line names the error; the lines before it show where, in your code.
    print(str(e).strip().splitlines()[-1].strip())
    #> AttributeError: Tensor.op is undefined when eager execution is enabled.


@tf.function
def auto_reuse(x):
    traces.append("auto_reuse")
    with tf.compat.v1.variable_scope("vs", reuse=tf.compat.v1.AUTO_REUSE):
        w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


print(auto_reuse(tf.constant(1.0)).numpy(), auto_reuse(tf.constant(3.0)).numpy())
#> 1.0 3.0


@tf.function
def reuse_on_second_trace(x):
    traces.append("reuse_on_second_trace")
    second_trace = traces.count("reuse_on_second_trace") > 1
    with tf.compat.v1.variable_scope("vs2", reuse=second_trace):  # reuse=True: must exist
        w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


print(reuse_on_second_trace(tf.constant(2.0)).numpy())
#> 2.0
# A function that creates variables is traced twice on its first call;
# the second trace finds the variables that the first one made.
print(traces)
#> ['without_reuse', 'without_reuse', 'auto_reuse', 'auto_reuse', 'reuse_on_second_trace', 'reuse_on_second_trace']


# The variables that get_variable makes in a tf.function are kept in one store for the whole
# program: another function asking for the same name under AUTO_REUSE gets the same variable.
@tf.function
def another_function():
    with tf.compat.v1.variable_scope("vs", reuse=tf.compat.v1.AUTO_REUSE):
        tf.compat.v1.get_variable("w", shape=[]).assign_add(1.0)


another_function()
print(auto_reuse(tf.constant(1.0)).numpy())
#> 2.0

# And outside a tf.function, eagerly, that name is no longer free.
with tf.compat.v1.variable_scope("vs"):
    try:
        tf.compat.v1.get_variable("w", shape=[])
    except AttributeError as e:
        print(type(e).__name__ + ":", str(e).strip().splitlines()[-1].strip())
        #> AttributeError: Tensor.op is undefined when eager execution is enabled.
