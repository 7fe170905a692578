import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("model") as scope:
    try:
        scope.reuse_variable()  # the method is reuse_variables()
    except AttributeError as e:
        print(f"AttributeError: {e}")
        #> AttributeError: 'VariableScope' object has no attribute 'reuse_variable'
    try:
        scope.reuse = True  # reuse is read-only
    except AttributeError as e:
        print(f"AttributeError: {e}")
        #> AttributeError: property 'reuse' of 'VariableScope' object has no setter
    scope.reuse_variables()
    print(scope.reuse)
    #> True
try:
    tf.variable.scope("model")  # tf.variable_scope
except AttributeError as e:
    print(f"AttributeError: {e}")
    #> AttributeError: module 'tensorflow.compat.v1' has no attribute 'variable'
