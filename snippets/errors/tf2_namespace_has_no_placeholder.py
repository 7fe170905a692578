import tensorflow as tf

# The articles' `import tensorflow as tf` gives TensorFlow 2, which has no TF1 graph API.
for name in ["placeholder", "get_variable", "variable_scope", "Session"]:
    print(f"tf.{name}:", hasattr(tf, name), "| tf.compat.v1." + name + ":", hasattr(tf.compat.v1, name))
    #> tf.placeholder: False | tf.compat.v1.placeholder: True
    #> tf.get_variable: False | tf.compat.v1.get_variable: True
    #> tf.variable_scope: False | tf.compat.v1.variable_scope: True
    #> tf.Session: False | tf.compat.v1.Session: True
