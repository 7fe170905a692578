import tensorflow.compat.v1 as tf
import tensorflow.compat.v2 as tf2

tf.disable_v2_behavior()

# Reference variables, the default here, and resource variables: what TF2 behaviour makes
# (tf.disable_eager_execution() alone), or use_resource=True.
made = {
    "tf.Variable": tf.Variable(1.0, name="v"),
    "tf.get_variable": tf.get_variable("g", shape=[]),
    "tf.Variable, use_resource=True": tf.Variable(1.0, name="r", use_resource=True),
    "tf.get_variable, use_resource=True": tf.get_variable("rg", shape=[], use_resource=True),
}
for made_by, var in made.items():
    v1, v2 = isinstance(var, tf.Variable), isinstance(var, tf2.Variable)
    print(f"{made_by} -> {type(var).__name__} | compat.v1 Variable: {v1} | compat.v2 Variable: {v2}")
    #> tf.Variable -> RefVariable | compat.v1 Variable: True | compat.v2 Variable: True
    #> tf.get_variable -> RefVariable | compat.v1 Variable: True | compat.v2 Variable: True
    #> tf.Variable, use_resource=True -> ResourceVariable | compat.v1 Variable: False | compat.v2 Variable: True
    #> tf.get_variable, use_resource=True -> ResourceVariable | compat.v1 Variable: False | compat.v2 Variable: True
