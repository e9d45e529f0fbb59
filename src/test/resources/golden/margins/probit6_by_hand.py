import numpy as np
from scipy.stats import norm
x=np.array([1,2,3,4,5,6.]); z=np.array([0,1,1,0,1,1.]); y=np.array([0,1,0,1,1,0.])
X=np.column_stack([x,z,np.ones(6)])
b=np.zeros(3)
for it in range(100):
    e=X@b; P=norm.cdf(e); f=norm.pdf(e)
    # score & hessian of probit loglik
    q=2*y-1; lam=q*norm.pdf(q*e)/norm.cdf(q*e)
    g=X.T@lam
    H=-(X.T*(lam*(lam+e)))@X
    b=b-np.linalg.solve(H,g)
e=X@b; q=2*y-1; lam=q*norm.pdf(q*e)/norm.cdf(q*e)
H=-(X.T*(lam*(lam+e)))@X
V=np.linalg.inv(-H)
print("b",b,"se",np.sqrt(np.diag(V)))
def ame(bb):
    ee=X@bb; return np.array([np.mean(norm.pdf(ee))*bb[0], np.mean(norm.pdf(ee))*bb[1]])
m=ame(b)
J=np.zeros((2,3)); h=1e-6
for j in range(3):
    bp=b.copy(); bp[j]+=h; bm=b.copy(); bm[j]-=h
    J[:,j]=(ame(bp)-ame(bm))/(2*h)
Vm=J@V@J.T
se=np.sqrt(np.diag(Vm))
for i,n in enumerate(['x','z']):
    zz=m[i]/se[i]; p=2*norm.sf(abs(zz))
    print(n, "%.7g %.7g %.2f %.3f %.7g %.7g"%(m[i],se[i],zz,p,m[i]-1.959963984540054*se[i],m[i]+1.959963984540054*se[i]))
print("%.12g %.12g %.12g %.12g %.12g %.12g"%(m[0],se[0],m[1],se[1],m[0]-1.959963984540054*se[0],m[1]+1.959963984540054*se[1]))
