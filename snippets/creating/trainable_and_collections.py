import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

p = tf.placeholder(tf.float32, name="p")
v = tf.Variable(1.0, name="v")
v_frozen = tf.Variable(1.0, name="v_frozen", trainable=False)
v_local = tf.Variable(1.0, name="v_local", collections=[tf.GraphKeys.LOCAL_VARIABLES])
g = tf.get_variable("g", shape=[])
g_frozen = tf.get_variable("g_frozen", shape=[], trainable=False)
g_local = tf.get_variable("g_local", shape=[], collections=[tf.GraphKeys.LOCAL_VARIABLES])

for key in [tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.TRAINABLE_VARIABLES,
            tf.GraphKeys.LOCAL_VARIABLES]:
    print(key + ":", [var.op.name for var in tf.get_collection(key)])
    #> variables: ['v', 'v_frozen', 'g', 'g_frozen']
    #> trainable_variables: ['v', 'v_local', 'g', 'g_local']
    #> local_variables: ['v_local', 'g_local']

print("v.trainable:", v.trainable, "| g_frozen.trainable:", g_frozen.trainable)
#> v.trainable: True | g_frozen.trainable: False
print("the placeholder has a trainable attribute:", hasattr(p, "trainable"))
#> the placeholder has a trainable attribute: False

# synchronization=ON_READ (a variable summed or averaged across replicas) makes the default False.
on_read = tf.get_variable("on_read", shape=[], synchronization=tf.VariableSynchronization.ON_READ)
print("ON_READ, trainable by default:", on_read.trainable)
#> ON_READ, trainable by default: False
