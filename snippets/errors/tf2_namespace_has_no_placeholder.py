import tensorflow as tf

# The articles' `import tensorflow as tf` gives TensorFlow 2, which lacks these TF1 functions.
for name in ["placeholder", "get_variable", "variable_scope", "Session"]:
    print(f"tf.{name}:", hasattr(tf, name), "| tf.compat.v1." + name + ":", hasattr(tf.compat.v1, name))
    #> tf.placeholder: False | tf.compat.v1.placeholder: True
    #> tf.get_variable: False | tf.compat.v1.get_variable: True
    #> tf.variable_scope: False | tf.compat.v1.variable_scope: True
    #> tf.Session: False | tf.compat.v1.Session: True

# Some of the graph API stays: tf.Graph, and tf.name_scope in its TF2 form (a name, no default_name).
print("tf.Graph:", hasattr(tf, "Graph"), "| tf.name_scope is the TF1 one:", tf.name_scope is tf.compat.v1.name_scope)
#> tf.Graph: True | tf.name_scope is the TF1 one: False
